/** The key ring: master key, data-key versions, AES-256-GCM sealing, usage budget and rotation. */
package io.pierre.data.crypto;
