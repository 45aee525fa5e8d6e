/** The module's small unchecked exception tree; the web layer maps each kind to one HTTP status. */
package io.pierre.data.error;
