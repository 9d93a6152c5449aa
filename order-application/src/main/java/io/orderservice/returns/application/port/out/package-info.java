/** What returns needs from the outside: the store of return requests, and a way to tell customers about them. */
package io.orderservice.returns.application.port.out;
