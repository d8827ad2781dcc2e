// The live plain-language panel on staff forms: after a pause in typing, the text of every textarea inside a
// [data-language-field] block is checked by the server and the verdict replaces the field's "<field>-taal" region.
// Without JavaScript the "Controleer mijn tekst" button shows the same panel after a page load.
(function () {
  'use strict';
  if (window.samenspraakLanguagePanel) {
    return; // the script is included once per checked field
  }
  window.samenspraakLanguagePanel = true;

  var PAUSE_MS = 800;

  function csrfToken(form) {
    var input = form && form.querySelector('input[name="_csrf"]');
    return input ? input.value : null;
  }

  function attach(block) {
    var field = block.getAttribute('data-language-field');
    var textarea = block.querySelector('textarea');
    var region = document.getElementById(field + '-taal');
    if (!textarea || !region) {
      return;
    }
    textarea.setAttribute('data-language-field', field);
    var timer = null;
    var sent = textarea.value;
    var latest = 0;
    textarea.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var text = textarea.value;
        if (text === sent) {
          return;
        }
        sent = text;
        var body = new URLSearchParams();
        body.append('text', text);
        body.append('language', block.getAttribute('data-language') || 'nl');
        var token = csrfToken(textarea.form);
        if (token) {
          body.append('_csrf', token);
        }
        var request = ++latest;
        window.fetch(block.getAttribute('data-language-endpoint'), {
          method: 'POST',
          credentials: 'same-origin',
          headers: {'Content-Type': 'application/x-www-form-urlencoded'},
          body: body
        }).then(function (response) {
          return response.text();
        }).then(function (html) {
          if (request === latest) {
            region.innerHTML = html; // server-rendered and escaped by Thymeleaf
            region.setAttribute('data-language-checked', text.length);
          }
        }).catch(function () {
          // No panel this time; the button still works.
        });
      }, PAUSE_MS);
    });
  }

  function start() {
    var blocks = document.querySelectorAll('div[data-language-field]');
    for (var i = 0; i < blocks.length; i++) {
      attach(blocks[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
