/** Users' OAuth tokens for fitness providers and their own OAuth app credentials, sealed at rest. */
package io.pierre.data.oauthtoken;
