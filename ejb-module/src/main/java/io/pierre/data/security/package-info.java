/** JPA implementation of the security repository. */
package io.pierre.data.security;
