/** What pricing needs from outside: the catalog's prices and the rules in force. */
package io.orderservice.pricing.application.port.out;
