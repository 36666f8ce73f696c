// google.script.run for the local preview: the same chainable surface as Apps Script's
// (withSuccessHandler, withFailureHandler, withUserObject, then the function by name),
// carried over HTTP to the real server code running in Node. After every call the page
// around the sidebar redraws the sheet, so write-back shows as it happens.
(function () {
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (object) { return runner(success, failure, object); },
    };
    return new Proxy(target, {
      get: function (object, name) {
        if (name in object) return object[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (response) { return response.json(); })
            .then(
              function (answer) {
                if (answer.ok) { if (success) success(answer.value, userObject); }
                else if (failure) failure(new Error(answer.message), userObject);
              },
              function (error) { if (failure) failure(new Error('The preview server did not answer: ' + error.message), userObject); },
            )
            .then(function () {
              try { if (window.parent && window.parent.goalpostPreviewRefresh) window.parent.goalpostPreviewRefresh(); } catch (e) { /* not framed by the preview page */ }
            });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () {} } } };
})();
