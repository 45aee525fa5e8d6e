/** The HTTP surface of the module: JAX-RS application and resources under /api. */
package io.pierre.data.api;
