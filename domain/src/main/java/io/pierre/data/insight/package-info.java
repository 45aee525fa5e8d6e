/** Insights generated for a user, JSON documents typed by their "type" field. */
package io.pierre.data.insight;
