/** In-container tests of the real EAR, and the shared helpers that build their deployments and reset data. */
package io.pierre.data.it;
