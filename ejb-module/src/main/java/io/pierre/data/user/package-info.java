/** JPA implementation of the user repository. */
package io.pierre.data.user;
