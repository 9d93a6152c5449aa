/**
 * Shared kernel: money, addresses and the ids every capability refers to. Open to all capabilities;
 * kept small on purpose, since everything here couples everyone.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package io.orderservice.shared;

import org.springframework.modulith.ApplicationModule;
