/**
 * The stand-in JS SDK (v5 Buttons contract, payments.md §2.5–2.7) as browser JavaScript. Kept as a
 * string so no bundler touches it; `sdk.ts` prepends the configuration object `__CONFIG__`.
 *
 * What it provides: `window[data-namespace || "paypal"] = {Buttons, FUNDING, getFundingSources,
 * isFundingEligible, rememberFunding, version}`. `Buttons(opts)` → `{isEligible, render, close,
 * updateProps, resume, hasReturned}`; render draws "PayPal" and "Debit or Credit Card" buttons; a click
 * runs onClick → createOrder({paymentSource}) → opens the sandbox approval page in an in-page dialog
 * (iframe) → onApprove({orderID, payerID, paymentSource}, actions) / onCancel({orderID}) / onError(err).
 */
export const SDK_SOURCE = String.raw`
(function (config) {
  "use strict";
  var script = document.currentScript;
  var params = new URL(script && script.src ? script.src : config.base + "/sdk/js").searchParams;
  var namespace = (script && script.getAttribute("data-namespace")) || "paypal";
  var sandboxOrigin = new URL(config.base).origin;

  var FUNDING = {
    PAYPAL: "paypal", VENMO: "venmo", APPLEPAY: "applepay", ITAU: "itau", CREDIT: "credit",
    PAYLATER: "paylater", CARD: "card", IDEAL: "ideal", SEPA: "sepa", BANCONTACT: "bancontact",
    GIROPAY: "giropay", SOFORT: "sofort", EPS: "eps", MYBANK: "mybank", P24: "p24", BLIK: "blik",
    TRUSTLY: "trustly", OXXO: "oxxo", BOLETO: "boleto", WECHATPAY: "wechatpay",
    MERCADOPAGO: "mercadopago", MULTIBANCO: "multibanco", SATISPAY: "satispay", PAIDY: "paidy"
  };
  var LABELS = { paypal: "PayPal", card: "Debit or Credit Card" };
  var list = function (name) {
    return (params.get(name) || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  };
  var disabled = list("disable-funding");
  var eligible = ["paypal", "card"].filter(function (s) { return disabled.indexOf(s) === -1; });
  var isFundingEligible = function (source) { return eligible.indexOf(source) !== -1; };

  var overlay = null;
  function closeOverlay() {
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
  }

  function openOverlay(url, onClose) {
    closeOverlay();
    var previousFocus = document.activeElement;
    var root = document.createElement("div");
    root.setAttribute("role", "dialog");
    root.setAttribute("aria-modal", "true");
    root.setAttribute("aria-label", "PayPal checkout");
    root.setAttribute("data-paypal-sandbox-overlay", "");
    root.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(15,23,42,.6);" +
      "display:flex;align-items:center;justify-content:center";
    var box = document.createElement("div");
    box.style.cssText = "background:#fff;border-radius:8px;width:min(480px,95vw);height:min(680px,92vh);" +
      "display:flex;flex-direction:column;overflow:hidden";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "\u00d7";
    close.setAttribute("aria-label", "Close PayPal");
    close.style.cssText = "align-self:flex-end;font-size:1.5rem;border:0;background:none;cursor:pointer;padding:.25rem .75rem";
    var frame = document.createElement("iframe");
    frame.title = "PayPal checkout";
    frame.src = url;
    frame.style.cssText = "border:0;flex:1;width:100%";
    close.addEventListener("click", function () { onClose(); });
    root.addEventListener("keydown", function (event) { if (event.key === "Escape") onClose(); });
    box.appendChild(close);
    box.appendChild(frame);
    root.appendChild(box);
    document.body.appendChild(root);
    overlay = root;
    overlay.restoreFocus = previousFocus;
    frame.focus();
  }

  function finishOverlay() {
    var focus = overlay && overlay.restoreFocus;
    closeOverlay();
    if (focus && typeof focus.focus === "function") focus.focus();
  }

  function unsupported(what) {
    return function () {
      return Promise.reject(new Error(what + " is not supported by the sandbox SDK: create and capture orders on your server"));
    };
  }

  function Buttons(options) {
    var opts = options || {};
    var container = null;
    var enabled = true;
    var listener = null;
    var busy = false;

    function sources() {
      return opts.fundingSource ? [opts.fundingSource].filter(isFundingEligible) : eligible.slice();
    }

    function fail(error) {
      busy = false;
      finishOverlay();
      if (typeof opts.onError === "function") opts.onError(error instanceof Error ? error : new Error(String(error)));
      else if (window.console) console.error(error);
    }

    function stopListening() {
      if (listener) window.removeEventListener("message", listener);
      listener = null;
    }

    function start(source) {
      if (busy) return;
      var RESOLVE = {}, REJECT = {};
      var clickActions = {
        resolve: function () { return Promise.resolve(RESOLVE); },
        reject: function () { return Promise.resolve(REJECT); }
      };
      var clicked;
      try {
        clicked = typeof opts.onClick === "function" ? opts.onClick({ fundingSource: source }, clickActions) : undefined;
      } catch (error) { return fail(error); }
      Promise.resolve(clicked).then(function (result) {
        if (result === false || result === REJECT || !enabled) return;
        if (typeof opts.createOrder !== "function") throw new Error("Expected createOrder to be passed");
        busy = true;
        var orderActions = { order: { create: unsupported("actions.order.create") } };
        return Promise.resolve(opts.createOrder({ paymentSource: source }, orderActions)).then(function (orderID) {
          if (typeof orderID !== "string" || orderID === "") throw new Error("Expected an order id to be passed");
          approve(source, orderID);
        });
      }).catch(fail);
    }

    function approve(source, orderID) {
      var path = source === "card" ? "/checkoutnow/card" : "/checkoutnow";
      var url = config.base + path + "?token=" + encodeURIComponent(orderID) +
        "&parent=" + encodeURIComponent(window.location.origin);
      var cancelled = function () {
        stopListening();
        busy = false;
        finishOverlay();
        if (typeof opts.onCancel === "function") {
          Promise.resolve(opts.onCancel({ orderID: orderID }, { redirect: redirect })).catch(fail);
        }
      };
      stopListening();
      listener = function (event) {
        if (event.origin !== sandboxOrigin) return;
        var data = event.data || {};
        if (data.source !== "paypal-sandbox" || data.orderID !== orderID) return;
        if (data.outcome === "cancelled") return cancelled();
        if (data.outcome !== "approved") return;
        stopListening();
        busy = false;
        finishOverlay();
        var approveData = {
          orderID: orderID,
          payerID: data.payerID || null,
          paymentID: null,
          billingToken: null,
          facilitatorAccessToken: "sandbox-facilitator-token",
          paymentSource: source
        };
        var approveActions = {
          order: {
            capture: unsupported("actions.order.capture"),
            authorize: unsupported("actions.order.authorize"),
            get: unsupported("actions.order.get"),
            patch: unsupported("actions.order.patch")
          },
          restart: function () { start(source); return Promise.resolve(); },
          redirect: redirect
        };
        if (typeof opts.onApprove !== "function") return;
        Promise.resolve()
          .then(function () { return opts.onApprove(approveData, approveActions); })
          .catch(fail);
      };
      window.addEventListener("message", listener);
      openOverlay(url, cancelled);
    }

    function redirect(url) { window.location.href = url; return Promise.resolve(); }

    var instance = {
      isEligible: function () { return sources().length > 0; },
      render: function (target) {
        return new Promise(function (resolve, reject) {
          var element = typeof target === "string" ? document.querySelector(target) : target;
          if (!element) return reject(new Error("Document is ready and element " + target + " does not exist"));
          if (!instance.isEligible()) return reject(new Error("Funding source not eligible"));
          container = document.createElement("div");
          container.setAttribute("data-paypal-sandbox-buttons", "");
          container.style.cssText = "display:grid;gap:.5rem";
          sources().forEach(function (source) {
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = LABELS[source];
            button.setAttribute("data-funding-source", source);
            button.setAttribute("data-testid", "paypal-button-" + source);
            button.style.cssText = "font:600 16px system-ui,sans-serif;padding:.7rem 1rem;border-radius:4px;cursor:pointer;" +
              (source === "paypal" ? "background:#ffc439;color:#111;border:0" : "background:#2c2e2f;color:#fff;border:0");
            button.addEventListener("click", function () { start(source); });
            container.appendChild(button);
          });
          element.appendChild(container);
          if (typeof opts.onInit === "function") {
            opts.onInit({}, {
              enable: function () { enabled = true; return Promise.resolve(); },
              disable: function () { enabled = false; return Promise.resolve(); }
            });
          }
          resolve();
        });
      },
      close: function () {
        // An unmounted button takes its open dialog with it.
        if (listener) closeOverlay();
        stopListening();
        if (container && container.parentNode) container.parentNode.removeChild(container);
        container = null;
        return Promise.resolve();
      },
      updateProps: function (props) { Object.assign(opts, props || {}); return Promise.resolve(); },
      resume: function () {},
      hasReturned: function () { return false; }
    };
    return instance;
  }

  window[namespace] = {
    Buttons: Buttons,
    FUNDING: FUNDING,
    getFundingSources: function () { return Object.keys(FUNDING).map(function (k) { return FUNDING[k]; }); },
    isFundingEligible: isFundingEligible,
    rememberFunding: function () {},
    version: "5.0.0-sandbox",
    __sandbox: {
      clientId: params.get("client-id"),
      currency: params.get("currency") || "USD",
      intent: params.get("intent") || "capture",
      vault: params.get("vault") === "true",
      components: list("components"),
      enableFunding: list("enable-funding"),
      disableFunding: disabled,
      dataAttributes: script ? Array.prototype.filter.call(script.attributes, function (a) {
        return a.name.indexOf("data-") === 0;
      }).reduce(function (all, a) { all[a.name] = a.value; return all; }, {}) : {}
    }
  };
})(__CONFIG__);
`;
