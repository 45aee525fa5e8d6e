/**
 * Database plumbing that every area uses and that depends on none: recognising, migrating and validating the
 * database, its clock, query helpers, and classification of database failures.
 */
package io.pierre.data.db;
