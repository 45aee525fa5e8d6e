/** The admin API: resources under /api/admin, their request and response shapes, and the service that audits. */
package io.pierre.data.api.admin;
