/*
 * The contact choice on the input, capture and meeting forms: with JavaScript only the fields of
 * the chosen channel show (e-mail, post or phone); without it every field shows, as the server
 * sends them. A field with an error message always stays visible. Loaded as a file, as the
 * Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';
  function enhance(form) {
    var radios = form.querySelectorAll('input[type="radio"][name="contactBy"]');
    var fields = form.querySelectorAll('[data-contact-for]');
    if (radios.length === 0 || fields.length === 0) {
      return;
    }
    function update() {
      var chosen = form.querySelector('input[type="radio"][name="contactBy"]:checked');
      fields.forEach(function (field) {
        var channels = field.getAttribute('data-contact-for').split(' ');
        var hasError = field.querySelector('[aria-invalid="true"], .field-error') !== null;
        field.hidden = chosen !== null && channels.indexOf(chosen.value) < 0 && !hasError;
      });
    }
    radios.forEach(function (radio) {
      radio.addEventListener('change', update);
    });
    update();
  }
  document.querySelectorAll('form').forEach(enhance);
}());
