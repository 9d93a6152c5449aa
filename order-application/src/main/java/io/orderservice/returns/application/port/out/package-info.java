/** What returns needs from the outside: the store of return requests. */
package io.orderservice.returns.application.port.out;
