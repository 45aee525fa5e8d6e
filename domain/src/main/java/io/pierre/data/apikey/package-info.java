/** API keys: stored as SHA-256 digests with a unique public prefix; the raw key is shown once. */
package io.pierre.data.apikey;
