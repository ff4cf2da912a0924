package io.veille.summary.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.veille.summary.delivery.UnsubscribePage;
import io.veille.summary.service.Unsubscriptions;
import io.veille.support.api.ProblemException;

/**
 * The unsubscribe link of digest e-mails, open to anyone holding its token. GET shows a
 * confirmation whose form POSTs (a link scanner's GET unsubscribes nobody); POST is RFC 8058's
 * one-click unsubscribe, the body {@code List-Unsubscribe=One-Click}, as mail clients send it.
 */
@Path("/unsubscribe/{subscriptionId}")
@PermitAll
public class UnsubscribeResource {

    private static final String ONE_CLICK = "One-Click";

    private final Unsubscriptions unsubscriptions;

    public UnsubscribeResource(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@PathParam("subscriptionId") String subscriptionId, @QueryParam("token") String token) {
        Unsubscriptions.Subscriber subscriber = unsubscriptions.check(subscriptionId, required(token));
        // the form posts to this very address: a query-only reference keeps the path, whatever proxy prefix it has
        return UnsubscribePage.confirm(subscriber.lang(), subscriber.targetLabel(), "?token=" + token);
    }

    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    @Produces(MediaType.TEXT_HTML)
    public String unsubscribe(@PathParam("subscriptionId") String subscriptionId, @QueryParam("token") String token,
            @FormParam("List-Unsubscribe") String listUnsubscribe) {
        if (!ONE_CLICK.equals(listUnsubscribe)) {
            throw ProblemException.badRequest("the body must be List-Unsubscribe=One-Click (RFC 8058)");
        }
        Unsubscriptions.Subscriber subscriber = unsubscriptions.unsubscribe(subscriptionId, required(token));
        return UnsubscribePage.done(subscriber.lang(), subscriber.targetLabel());
    }

    private static String required(String token) {
        if (token == null || token.isBlank()) {
            throw ProblemException.badRequest("token is required: the unsubscribe link carries it as ?token=");
        }
        return token;
    }
}
