/** JPA implementation of the tenant repository. */
package io.pierre.data.tenant;
