/**
 * Sealing of secret columns (AES-256-GCM bound to the row by length-prefixed AAD, versioned envelope) and digests
 * of bearer secrets. The key ring itself lives in the EJB module and is installed here at deployment.
 */
package io.pierre.data.crypto;
