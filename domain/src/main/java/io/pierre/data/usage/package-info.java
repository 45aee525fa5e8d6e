/** Usage records (API-key calls, JWT calls, request logs) and the statistics read from them. */
package io.pierre.data.usage;
