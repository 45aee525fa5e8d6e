package io.pierre.data.config;

/**
 * The server is not configured so that Pierre can run; thrown at deployment so the deployment fails. The message
 * is one sentence saying what is wrong and what to do, and never contains connection secrets.
 */
public class DeploymentConfigurationException extends RuntimeException {

    public DeploymentConfigurationException(String message) {
        super(message);
    }

    public DeploymentConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
