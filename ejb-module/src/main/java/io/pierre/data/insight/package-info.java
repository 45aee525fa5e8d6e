/** JPA implementation of the insight repository. */
package io.pierre.data.insight;
