/** JPA implementation of the oauth2 repository. */
package io.pierre.data.oauth2;
