//! WebKit settings for an app that shows one local document, not the web.
//!
//! WebKitGTK's defaults are a browser's: a page cache for back/forward, web databases,
//! WebGL, media, DNS prefetching, and a cache model for browsing many sites. Tavle shows its
//! own few files from memory, so it asks for the document-viewer cache model and turns the
//! unused features off. What each choice bought is measured by `scripts/bench-app` (see
//! `docs/lightness.md`).

use tauri::{Runtime, WebviewWindow};

/// `TAVLE_GPU=1` keeps WebKit's GPU compositing. Without it Tavle paints on the CPU: about
/// 100 MB less memory (measured), and a board of text needs no GPU; a leader on a large
/// high-resolution screen who finds scrolling slow can turn it back on.
fn gpu_wanted() -> bool {
    std::env::var_os("TAVLE_GPU").is_some_and(|v| v == "1")
}

/// Applies the settings to the window's web view (Linux; elsewhere the system web view's
/// defaults stay).
pub fn tune<R: Runtime>(window: &WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    {
        let _ = window.with_webview(|platform| linux::tune(&platform.inner()));
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

#[cfg(target_os = "linux")]
mod linux {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebView, WebViewExt,
    };

    pub fn tune(view: &WebView) {
        if let Some(context) = view.context() {
            // Smallest memory caches: nothing is fetched twice from a network.
            context.set_cache_model(CacheModel::DocumentViewer);
        }
        if let Some(settings) = WebViewExt::settings(view) {
            settings.set_enable_page_cache(false);
            settings.set_enable_dns_prefetching(false);
            settings.set_enable_html5_database(false);
            settings.set_enable_offline_web_application_cache(false);
            settings.set_enable_webgl(false);
            settings.set_enable_webaudio(false);
            settings.set_enable_media(false);
            settings.set_enable_mediasource(false);
            settings.set_enable_media_stream(false);
            settings.set_enable_encrypted_media(false);
            settings.set_enable_webrtc(false);
            if !super::gpu_wanted() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        }
    }
}
