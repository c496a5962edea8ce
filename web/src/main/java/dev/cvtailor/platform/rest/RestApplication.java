package dev.cvtailor.platform.rest;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, {@code /api/v1}; every resource but sign-up and sign-in needs a bearer token (MP-JWT). */
@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "cvtailor")
@DeclareRoles({"user", "admin"})
@OpenAPIDefinition(info = @Info(title = "CV Tailor API", version = "1"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RestApplication extends Application {
}
