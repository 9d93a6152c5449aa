package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderAccessQuery;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.web.CallerFromToken;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before any operation on one order ({@code {orderId}} in its path) runs, the application ring decides whether the
 * caller reaches that order: a customer's token reaches only the customer's orders, others answer 404 as if they did
 * not exist. One place for every order-scoped operation, so a new one cannot forget the check.
 */
@Configuration(proxyBeanMethods = false)
class OrderReach implements WebMvcConfigurer, HandlerInterceptor {

    private final OrderAccessQuery access;
    private final CallerFromToken callers;

    OrderReach(OrderAccessQuery access, CallerFromToken callers) {
        this.access = access;
        this.callers = callers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/orders/*", "/api/v1/orders/*/**", "/api/v1/admin/placements/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // A stream's async dispatch only writes what the checked request started.
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            return true;
        }
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("orderId") instanceof String orderId)) {
            return true;
        }
        UUID id;
        try {
            id = UUID.fromString(orderId);
        } catch (IllegalArgumentException notAnId) {
            return true; // the handler answers 400 for a malformed id
        }
        access.requireReachable(new OrderId(id), callers.current());
        return true;
    }
}
