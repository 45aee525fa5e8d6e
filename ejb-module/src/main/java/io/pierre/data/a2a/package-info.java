/** JPA implementation of the a2a repository. */
package io.pierre.data.a2a;
