/** The Database facade, the startup migration and validation, and database-specific error classification. */
package io.pierre.data.db;
