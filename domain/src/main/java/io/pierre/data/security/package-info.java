/** Key versions, audit events, system secrets and RSA signing keys: the security repository's model. */
package io.pierre.data.security;
