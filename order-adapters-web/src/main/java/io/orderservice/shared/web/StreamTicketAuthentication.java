package io.orderservice.shared.web;

import io.orderservice.shared.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a stream ticket ({@link StreamTickets}): the caller the ticket was issued to, with its roles. */
public class StreamTicketAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    public StreamTicketAuthentication(Caller caller) {
        super(caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller.subject();
    }
}
