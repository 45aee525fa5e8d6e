/** The entry point to Pierre's data: the injectable {@link io.pierre.data.Database} facade of the 13 repositories. */
package io.pierre.data;
