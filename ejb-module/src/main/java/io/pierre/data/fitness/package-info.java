/** JPA implementation of the fitness repository. */
package io.pierre.data.fitness;
