/** Cross-cutting persistence helpers: database codes for enums and the clock precision every row uses. */
package io.pierre.data.db;
