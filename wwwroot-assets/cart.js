// The customer's cart, kept in this browser per shop so the shop and product pages stay shared cache entries.
// Holds product ids and counts only; prices always come from the server. Every text goes in as textContent.
(() => {
  "use strict";

  const maxQuantity = 99;
  const maxLines = 50;
  const key = (slug) => "dukaan:cart:" + slug;

  function load(slug) {
    try {
      const cart = JSON.parse(localStorage.getItem(key(slug)) || "{}");
      return { items: Array.isArray(cart.items) ? cart.items : [], placing: cart.placing || null };
    } catch {
      return { items: [], placing: null };
    }
  }

  function save(slug, cart) {
    try {
      if (cart.items.length === 0 && !cart.placing) {
        localStorage.removeItem(key(slug));
      } else {
        localStorage.setItem(key(slug), JSON.stringify(cart));
      }
    } catch {
      // Private mode or a full store: the cart lasts as long as the page.
    }
  }

  const count = (cart) => cart.items.reduce((sum, item) => sum + item.qty, 0);
  const itemsParam = (items) => items.map((item) => item.id + ":" + item.qty).join(",");

  function showCount(slug) {
    const total = count(load(slug));
    for (const badge of document.querySelectorAll("[data-cart-link]")) {
      if (badge.dataset.cartLink !== slug) continue;
      const label = badge.querySelector("[data-cart-count]");
      if (label) label.textContent = total > 0 ? " (" + total + ")" : "";
    }
  }

  function add(slug, id, name) {
    const cart = load(slug);
    const item = cart.items.find((i) => i.id === id);
    if (item) {
      item.qty = Math.min(item.qty + 1, maxQuantity);
    } else if (cart.items.length < maxLines) {
      cart.items.push({ id, qty: 1, name });
    }
    save(slug, cart);
    showCount(slug);
  }

  function enhanceAddButtons() {
    for (const button of document.querySelectorAll("[data-add-to-cart]")) {
      button.setAttribute("role", "button");
      button.addEventListener("click", (event) => {
        event.preventDefault();
        add(button.dataset.addToCart, button.dataset.id, button.dataset.name || "");
        announce(button.dataset.name + " added to your cart");
        button.textContent = "Added ✓";
        button.classList.add("added");
        setTimeout(() => {
          button.textContent = "Add to cart";
          button.classList.remove("added");
        }, 1500);
      });
    }
  }

  // One polite live region per page tells screen readers what a tap did.
  function announce(text) {
    let region = document.getElementById("cart-announcer");
    if (!region) {
      region = document.createElement("p");
      region.id = "cart-announcer";
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      document.body.appendChild(region);
    }
    region.textContent = text;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setQuantity(slug, id, qty) {
    const cart = load(slug);
    cart.items = cart.items
      .map((item) => (item.id === id ? { ...item, qty: Math.min(qty, maxQuantity) } : item))
      .filter((item) => item.qty > 0);
    save(slug, cart);
  }

  async function renderCart(root) {
    const slug = root.dataset.cartPage;
    const status = root.querySelector("[data-cart-status]");
    const list = root.querySelector("[data-cart-lines]");
    const totals = root.querySelector("[data-cart-totals]");
    const checkout = root.querySelector("[data-cart-checkout]");
    const cart = load(slug);
    showCount(slug);

    if (cart.items.length === 0) {
      list.replaceChildren();
      totals.hidden = true;
      checkout.hidden = true;
      status.textContent = "Your cart is empty. Add something from the shop.";
      return;
    }

    let quote;
    try {
      const response = await fetch(root.dataset.quoteUrl + "?items=" + encodeURIComponent(itemsParam(cart.items)),
        { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      quote = await response.json();
    } catch {
      status.textContent = "Could not load the prices. Check your connection and reload the page.";
      return;
    }

    // Products the shop no longer sells leave the cart.
    if (quote.missing.length > 0) {
      cart.items = cart.items.filter((item) => !quote.missing.includes(item.id));
      save(slug, cart);
      showCount(slug);
    }

    list.replaceChildren(...quote.lines.map((line) => cartLine(root, slug, line)));
    root.querySelector("[data-cart-subtotal]").textContent = quote.subtotal;
    root.querySelector("[data-cart-delivery]").textContent = quote.delivery;
    root.querySelector("[data-cart-total]").textContent = quote.total;
    totals.hidden = quote.lines.length === 0;
    checkout.hidden = quote.lines.length === 0;
    checkout.href = quote.checkoutUrl;
    status.textContent = quote.missing.length > 0
      ? "Something in your cart is no longer sold here, so it was taken out."
      : "Total " + quote.total + ", with delivery.";
  }

  function cartLine(root, slug, line) {
    const item = element("li", "line");
    item.append(element("span", "name", line.name));
    item.append(element("span", "qty", line.unitPrice + " each"));
    item.append(element("span", "amount", line.lineTotal));

    const stepper = element("div", "stepper");
    const less = element("button", "step", "−");
    less.type = "button";
    less.setAttribute("aria-label", "One less " + line.name);
    const shown = element("span", "count", String(line.quantity));
    shown.setAttribute("aria-label", "Quantity " + line.quantity);
    const more = element("button", "step", "+");
    more.type = "button";
    more.setAttribute("aria-label", "One more " + line.name);
    more.disabled = line.quantity >= maxQuantity;
    const remove = element("button", "remove", "Remove");
    remove.type = "button";
    remove.setAttribute("aria-label", "Remove " + line.name);
    stepper.append(less, shown, more, remove);
    item.append(stepper);

    if (line.problem) item.append(element("span", "problem", line.problem));

    const change = (qty) => {
      setQuantity(slug, line.id, qty);
      renderCart(root);
    };
    less.addEventListener("click", () => change(line.quantity - 1));
    more.addEventListener("click", () => change(line.quantity + 1));
    remove.addEventListener("click", () => change(0));
    return item;
  }

  // Remember which form this cart was sent with, so the order page empties exactly this cart.
  function watchCheckout(form) {
    const slug = form.dataset.checkoutForm;
    form.addEventListener("submit", () => {
      const cart = load(slug);
      cart.placing = form.querySelector("[data-checkout-key]").value;
      save(slug, cart);
    });
  }

  function clearPlacedCart(root) {
    const slug = root.dataset.orderPlaced;
    const cart = load(slug);
    if (cart.placing && cart.placing === root.dataset.orderKey) {
      save(slug, { items: [], placing: null });
    }
    showCount(slug);
  }

  function start() {
    enhanceAddButtons();
    for (const link of document.querySelectorAll("[data-cart-link]")) showCount(link.dataset.cartLink);
    for (const root of document.querySelectorAll("[data-cart-page]")) renderCart(root);
    for (const form of document.querySelectorAll("[data-checkout-form]")) watchCheckout(form);
    for (const root of document.querySelectorAll("[data-order-placed]")) clearPlacedCart(root);

    // Another tab changed the cart: keep the badge right.
    window.addEventListener("storage", () => {
      for (const link of document.querySelectorAll("[data-cart-link]")) showCount(link.dataset.cartLink);
    });
  }

  start();
})();
