package io.orderservice.shared.web;

import io.orderservice.shared.RequestKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Fills a handler's {@link RequestKey} parameter from the request's {@code Idempotency-Key}: the caller's own key (see
 * {@link io.orderservice.shared.Caller#keyScope()}) for the request's path, or null when the request sends none. The
 * header is documented on the operations that honour it (OpenApiConfiguration), not as a parameter of this resolver.
 */
@Configuration(proxyBeanMethods = false)
public class RequestKeyFromHeader implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static final String HEADER = "Idempotency-Key";

    private final CallerFromToken callers;

    RequestKeyFromHeader(CallerFromToken callers) {
        this.callers = callers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RequestKey.class;
    }

    @Override
    public RequestKey resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        var key = webRequest.getHeader(HEADER);
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        return key == null || request == null ? null : RequestKey.sentBy(callers.current(), key, request.getRequestURI());
    }
}
