package io.openoms.shipping.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Verifies a carrier webhook's signature over the raw body bytes before the body is
 * parsed, then hands the same bytes on: the controller reads a validated request, and
 * nothing unsigned is ever parsed.
 */
@ControllerAdvice(assignableTypes = CarrierWebhookController.class)
class SignedWebhookBodies extends RequestBodyAdviceAdapter {

	private final WebhookSignatures signatures;

	SignedWebhookBodies(WebhookSignatures signatures) {
		this.signatures = signatures;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return parameter.getContainingClass() == CarrierWebhookController.class;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		String carrier = this.signatures.carrierNamed(pathCarrier());
		byte[] body = input.getBody().readAllBytes();
		this.signatures.verify(carrier, body, input.getHeaders().getFirst(WebhookSignatures.HEADER));
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return input.getHeaders();
			}

		};
	}

	@SuppressWarnings("unchecked")
	private static String pathCarrier() {
		Object variables = RequestContextHolder.currentRequestAttributes()
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return (variables instanceof Map<?, ?> map) ? String.valueOf(((Map<String, String>) map).get("carrier")) : "";
	}

}
