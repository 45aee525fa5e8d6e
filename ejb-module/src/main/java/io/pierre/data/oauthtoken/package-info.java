/** JPA implementation of the OAuth token repository. */
package io.pierre.data.oauthtoken;
