/** The tenant identity every tenant-scoped area shares, apart from the tenant area itself so none depends on it. */
package io.pierre.data.tenancy;
