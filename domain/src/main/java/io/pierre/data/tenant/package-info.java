/** Tenants and tenant membership, the source of truth for which users a tenant can see. */
package io.pierre.data.tenant;
