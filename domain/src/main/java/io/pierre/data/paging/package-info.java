/** Keyset (cursor) pagination: opaque cursors, page requests and pages, newest first. */
package io.pierre.data.paging;
