/**
 * What returns needs from the outside: the store of return requests, a way to tell customers about them, and a carrier
 * to book return labels with.
 */
package io.orderservice.returns.application.port.out;
