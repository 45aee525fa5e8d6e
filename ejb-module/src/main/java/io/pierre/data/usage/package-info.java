/** JPA implementation of the usage repository. */
package io.pierre.data.usage;
