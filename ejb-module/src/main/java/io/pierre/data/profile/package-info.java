/** JPA implementation of the profile repository. */
package io.pierre.data.profile;
