/** Bearer admin-token authentication and per-operation permissions for the admin API. */
package io.pierre.data.api.auth;
