/** JPA implementation of the admin repository. */
package io.pierre.data.admin;
