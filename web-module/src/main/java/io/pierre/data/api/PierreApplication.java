package io.pierre.data.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All resources live under {@code /api}; resources are discovered by annotation. */
@ApplicationPath("/api")
public class PierreApplication extends Application {}
