/**
 * What ordering needs from the outside, in ordering's words. The pricing, inventory, payment and
 * shipping capabilities implement these ports, so the dependency points from them to ordering.
 */
@NamedInterface("ports")
package io.orderservice.ordering.application.port.out;

import org.springframework.modulith.NamedInterface;
