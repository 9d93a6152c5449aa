/**
 * Platform: what the running service needs but no capability owns: the embedded database default,
 * the clock, outbox maintenance. Depends on no capability.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package io.orderservice.platform;

import org.springframework.modulith.ApplicationModule;
