/** JPA implementation of the apikey repository. */
package io.pierre.data.apikey;
