/** Pierre as an OAuth 2.0 server: clients, authorization codes, refresh tokens and states (codes and tokens as digests). */
package io.pierre.data.oauth2;
