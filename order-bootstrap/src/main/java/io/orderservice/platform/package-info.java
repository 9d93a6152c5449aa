/**
 * Platform: what the running service needs but no capability owns: the embedded database default,
 * the clock, outbox maintenance, idempotency keys of POST requests. Depends on no capability, only on
 * the shared kernel (the API's problem types and request wrapper).
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package io.orderservice.platform;

import org.springframework.modulith.ApplicationModule;
